#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace Rollbook {

// Edit global settings > Export: the encoding and delimiter of the files uploaded to the
// platform, and whether they hold the initial passwords. The page saves and reverts these with
// the other tabs' settings.
class ExportTab : public QWidget
{
    Q_OBJECT

public:
    explicit ExportTab(QWidget *parent = nullptr);

    // The tab's settings as SettingsStore keeps them, by key.
    QMap<QString, QString> values() const;
    // Shows the stored values (those of the tab's keys; others are ignored).
    void showValues(const QMap<QString, QString> &values);
    // The field that shows the setting `key`, or null if it is not on this tab.
    QWidget *field(const QString &key) const;

signals:
    void changed();

private:
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_passwords;
};

} // namespace Rollbook

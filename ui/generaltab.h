#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Rollbook {

// Edit global settings > General: Available functions > Enable parent login (DESIGN §1.1), the
// school's details printed on letters, and the user's own language. The page saves and reverts
// the school's settings with the other tabs'; the language is the user's (QSettings, not the
// database), stored as soon as it is chosen and used at the next start.
class GeneralTab : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralTab(QWidget *parent = nullptr);

    // The tab's settings as SettingsStore keeps them, by key.
    QMap<QString, QString> values() const;
    // Shows the stored values (those of the tab's keys; others are ignored).
    void showValues(const QMap<QString, QString> &values);
    // The field that shows the setting `key`, or null if it is not on this tab.
    QWidget *field(const QString &key) const;

signals:
    void changed();

private:
    QCheckBox *m_parentLogin;
    QLineEdit *m_schoolName;
    QLineEdit *m_loginAddress;
    QComboBox *m_language;
};

} // namespace Rollbook

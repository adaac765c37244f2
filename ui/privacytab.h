#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace Rollbook {

// Edit global settings > Privacy: how long Rollbook keeps what it copies of personal data
// (RetentionPolicy): how many backups of the database file, and for how many days, and whether
// initial passwords are forgotten on their own some days after they were distributed. The page
// saves and reverts these with the other tabs' settings.
class PrivacyTab : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyTab(QWidget *parent = nullptr);

    // The tab's settings as SettingsStore keeps them, by key.
    QMap<QString, QString> values() const;
    // Shows the stored values (those of the tab's keys; others are ignored).
    void showValues(const QMap<QString, QString> &values);

signals:
    void changed();

private:
    void updateEnabled();

    QSpinBox *m_backupsKept;
    QSpinBox *m_backupDays;
    QCheckBox *m_forget;
    QSpinBox *m_forgetDays;
};

} // namespace Rollbook

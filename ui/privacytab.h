#pragma once

#include "settingstab.h"

class QCheckBox;
class QSpinBox;

namespace Rollbook {

// Edit global settings > Privacy: how long Rollbook keeps what it copies of personal data
// (RetentionPolicy): how many backups of the database file, and for how many days, and whether
// initial passwords are forgotten on their own some days after they were distributed. The page
// saves and reverts these with the other tabs' settings.
class PrivacyTab : public SettingsTab
{
    Q_OBJECT

public:
    explicit PrivacyTab(QWidget *parent = nullptr);

    QMap<QString, QString> values() const override;
    void showValues(const QMap<QString, QString> &values) override;

private:
    void updateEnabled();

    QSpinBox *m_backupsKept;
    QSpinBox *m_backupDays;
    QCheckBox *m_forget;
    QSpinBox *m_forgetDays;
};

} // namespace Rollbook

#pragma once

#include "settingstab.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Rollbook {

// Edit global settings > General: Available functions > Enable parent login (DESIGN §1.1), the
// school's details printed on letters, and the user's own language. The page saves and reverts
// the school's settings with the other tabs'; the language is the user's (QSettings, not the
// database), stored as soon as it is chosen and used at the next start.
class GeneralTab : public SettingsTab
{
    Q_OBJECT

public:
    explicit GeneralTab(QWidget *parent = nullptr);

    QMap<QString, QString> values() const override;
    void showValues(const QMap<QString, QString> &values) override;
    QWidget *field(const QString &key) const override;

private:
    QCheckBox *m_parentLogin;
    QLineEdit *m_schoolName;
    QLineEdit *m_loginAddress;
    QComboBox *m_language;
};

} // namespace Rollbook

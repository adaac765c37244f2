#pragma once

#include "settingstab.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace Rollbook {

// Edit global settings > Passwords: the policy of generated initial passwords (length and
// characters), with the characters used and an example. The page saves and reverts it with the
// other tabs' settings.
class PasswordsTab : public SettingsTab
{
    Q_OBJECT

public:
    explicit PasswordsTab(QWidget *parent = nullptr);

    QMap<QString, QString> values() const override;
    void showValues(const QMap<QString, QString> &values) override;
    QWidget *field(const QString &key) const override;

private:
    // The characters the policy uses, and a new example password made from it.
    void showExample();

    QSpinBox *m_length;
    QComboBox *m_characters;
    QLabel *m_alphabet;
    QLabel *m_example;
};

} // namespace Rollbook

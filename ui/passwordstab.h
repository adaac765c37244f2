#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Rollbook {

// Edit global settings > Passwords: the policy of generated initial passwords (length and
// characters), with the characters used and an example. The page saves and reverts it with the
// other tabs' settings.
class PasswordsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordsTab(QWidget *parent = nullptr);

    // The tab's settings as SettingsStore keeps them, by key.
    QMap<QString, QString> values() const;
    // Shows the stored values (those of the tab's keys; others are ignored).
    void showValues(const QMap<QString, QString> &values);
    // The field that shows the setting `key`, or null if it is not on this tab.
    QWidget *field(const QString &key) const;

signals:
    void changed();

private:
    // The characters the policy uses, and a new example password made from it.
    void showExample();

    QSpinBox *m_length;
    QComboBox *m_characters;
    QLabel *m_alphabet;
    QLabel *m_example;
};

} // namespace Rollbook

#pragma once

#include "settingstab.h"

class QCheckBox;
class QComboBox;

namespace Rollbook {

// Edit global settings > Export: the encoding and delimiter of the files uploaded to the
// platform, and whether they hold the initial passwords. The page saves and reverts these with
// the other tabs' settings.
class ExportTab : public SettingsTab
{
    Q_OBJECT

public:
    explicit ExportTab(QWidget *parent = nullptr);

    QMap<QString, QString> values() const override;
    void showValues(const QMap<QString, QString> &values) override;
    QWidget *field(const QString &key) const override;

private:
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_passwords;
};

} // namespace Rollbook

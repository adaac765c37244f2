#pragma once

#include "settingstab.h"

namespace Rollbook {

class LetterEditor;

// Edit global settings > Letter: the login letter, in rich text (LetterEditor), with a word on
// what its placeholders do. The letter and the e-mail each have a tab of their own: side by
// side, neither had room to be read at the window's default size, and the page could no longer
// be made narrow.
class LetterTab : public SettingsTab
{
    Q_OBJECT

public:
    explicit LetterTab(QWidget *parent = nullptr);

    QMap<QString, QString> values() const override;
    void showValues(const QMap<QString, QString> &values) override;
    QWidget *field(const QString &key) const override;

    // Why the letter cannot be stored as it is (LetterEditor::problem()); empty when it can.
    QString problem() const;

private:
    LetterEditor *m_editor;
};

} // namespace Rollbook

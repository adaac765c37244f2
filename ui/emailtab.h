#pragma once

#include "settingstab.h"

class QLineEdit;
class QPlainTextEdit;

namespace Rollbook {

// Edit global settings > E-mail: the login e-mail's sender, subject and message (plain text),
// with a menu of placeholders to insert into the subject or the message, whichever had the focus
// last, and a way back to the e-mail Rollbook comes with. The page saves and reverts these with
// the other tabs' settings.
class EmailTab : public SettingsTab
{
    Q_OBJECT

public:
    explicit EmailTab(QWidget *parent = nullptr);

    // The message is the one shown by showValues() (or the default) while the editor holds it
    // unchanged, so that nothing is saved or audited for it.
    QMap<QString, QString> values() const override;
    void showValues(const QMap<QString, QString> &values) override;
    QWidget *field(const QString &key) const override;

public slots:
    // Writes `placeholder` (such as {username}) where the cursor is in the subject or the
    // message, whichever had the focus last, and puts the focus back there.
    void insertPlaceholder(const QString &placeholder);
    // Replaces the subject and the message with the ones Rollbook comes with.
    void restoreDefault();

private:
    // What the message's editor would hold for `text`: what it holds is compared with this, so
    // that a stored message shows as unchanged.
    QString bodyAsEdited(const QString &text) const;
    QString bodyValue() const;

    QString m_shownBody; // the message showValues() showed
    mutable QMap<QString, QString> m_bodyCache;

    QLineEdit *m_from;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    // Where Insert placeholder puts it: the subject or the message.
    QWidget *m_target;
};

} // namespace Rollbook

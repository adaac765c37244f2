#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Rollbook {

// The title at the top of each page, in the platform's words ("Edit global settings"), and, for
// a page that has a help topic, a small "?" beside it that opens the page's help.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    // `helpTopic` as showHelp() takes it: "users", "import#relationship", …
    PageHeader(const QString &title, const QString &helpTopic, QWidget *parent);

    QString title() const;
    QString helpTopic() const { return m_helpTopic; }
    // The "?", or nullptr for a page without a help topic.
    QToolButton *helpButton() const { return m_helpButton; }

private:
    QLabel *m_title = nullptr;
    QToolButton *m_helpButton = nullptr;
    QString m_helpTopic;
};

} // namespace Rollbook

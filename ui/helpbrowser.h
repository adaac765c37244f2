#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

class QAction;
class QListWidget;
class QSplitter;
class QTextBrowser;

namespace Rollbook {

// Rollbook's offline help: one short HTML page per screen, in English and Norwegian, compiled
// into the program under qrc:/help/<language>/<page>.html (resources/help/). A window of its own
// that stays open beside the one it was asked from: Back, Forward and Home, the contents on the
// left, the page on the right. Links to other help pages stay in the window; links to the web
// open in the user's browser.
class HelpBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    ~HelpBrowser() override;

    // The pages, in the order of the contents: "index", "order", "users", "import", "history",
    // "distribute", "settings".
    static QStringList pages();
    // The language of the help that goes with the translation installed: "nb" while Rollbook
    // speaks Norwegian, else "en".
    static QString language();
    // qrc:/help/<language>/<page>.html#<anchor> for a topic "page" or "page#anchor"; the
    // contents page for an empty or unknown topic.
    static QUrl url(const QString &topic, const QString &language);
    // The window showHelp() opened, while it exists.
    static HelpBrowser *instance();

    // Shows `topic` in the language of the translation installed now.
    void showTopic(const QString &topic);
    QUrl source() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend HelpBrowser *showHelp(QWidget *from, const QString &topic);

    // Makes the help a window of `window`, so that a modal window there (the import wizard)
    // does not block it.
    void attachTo(QWidget *window);
    void setLanguage(const QString &language);
    void followSource(const QUrl &url);

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
};

// Opens the help at `topic` in the one help window, beside `from`'s window: "order", "users",
// "import", "history", "distribute", "settings", or one of them with a section, such as
// "import#relationship"; "" for the contents.
HelpBrowser *showHelp(QWidget *from, const QString &topic);

} // namespace Rollbook

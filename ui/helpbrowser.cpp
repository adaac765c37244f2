#include "helpbrowser.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The one help window: reused, so that Back still knows where the user has been.
QPointer<HelpBrowser> theHelp;

const QString indexPage = u"index"_s;

// The look of every page, kept here so that the pages hold only their words. QTextDocument
// knows a subset of CSS; sizes are relative to the window's font.
const QString pageStyle = uR"(
h1 { font-size: x-large; font-weight: bold; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: large; font-weight: bold; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 125%; }
li { margin-bottom: 4px; line-height: 125%; }
ul { margin-top: 0px; margin-bottom: 8px; }
)"_s;

QString pageFile(const QString &language, const QString &page)
{
    return u":/help/%1/%2.html"_s.arg(language, page);
}

// A page's <title>, for the contents and the window's title.
QString pageTitle(const QString &language, const QString &page)
{
    QFile file(pageFile(language, page));
    if (!file.open(QIODevice::ReadOnly))
        return page;
    static const QRegularExpression title(u"<title>(.*?)</title>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).simplified() : page;
}

// "nb_NO", "nb-NO" or "nb" -> "nb".
QString languageCode(const QString &name)
{
    return name.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
{
    setObjectName(u"helpBrowser"_s);
    setSizeGripEnabled(true);
    // Help is read beside the work, never instead of it.
    setModal(false);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"helpToolBar"_s);
    toolBar->setAccessibleName(tr("Help navigation"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    auto addAction = [this, toolBar](QStyle::StandardPixmap icon, const QString &text,
                                     const QString &name, const QKeySequence &shortcut,
                                     const QString &tip) {
        QAction *action = toolBar->addAction(style()->standardIcon(icon), text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
        toolBar->widgetForAction(action)->setAccessibleName(text);
        return action;
    };
    m_back = addAction(QStyle::SP_ArrowBack, tr("Back"), u"helpBack"_s, QKeySequence::Back,
                       tr("Go back to the page you read before"));
    m_forward = addAction(QStyle::SP_ArrowForward, tr("Forward"), u"helpForward"_s,
                          QKeySequence::Forward, tr("Go forward again"));
    m_home = addAction(QStyle::SP_ArrowUp, tr("Home"), u"helpHome"_s,
                       QKeySequence(Qt::ALT | Qt::Key_Home), tr("Go to the contents of the help"));
    // The desktop's own house where it has one; else the arrow up to the contents.
    m_home->setIcon(QIcon::fromTheme(u"go-home"_s, m_home->icon()));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    m_contents->setObjectName(u"helpContents"_s);
    m_contents->setAccessibleName(tr("Help contents"));
    m_contents->setUniformItemSizes(true);
    m_contents->setSpacing(1);
    auto *contentsLabel = new QLabel(tr("&Contents"), this);
    contentsLabel->setBuddy(m_contents);
    auto *contentsPane = new QWidget(this);
    auto *contentsLayout = new QVBoxLayout(contentsPane);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(contentsLabel);
    contentsLayout->addWidget(m_contents, 1);

    m_browser->setObjectName(u"helpText"_s);
    m_browser->setAccessibleName(tr("Help text"));
    // Links to other help pages stay here; a link to the web opens in the user's browser.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(pageStyle);
    m_browser->document()->setDocumentMargin(14);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"helpSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(contentsPane);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_contents, m_browser);

    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_home, &QAction::triggered, this, [this] { showTopic(QString()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::followSource);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < pages().size())
            m_browser->setSource(url(pages().at(row), m_language));
    });

    setLanguage(language());
    m_splitter = splitter;
    splitter->setSizes({m_contents->minimumWidth(), 1000});
    resize(960, 660);
}

HelpBrowser::~HelpBrowser() = default;

QStringList HelpBrowser::pages()
{
    return {indexPage,    u"order"_s,      u"users"_s,   u"import"_s,
            u"history"_s, u"distribute"_s, u"settings"_s};
}

QString HelpBrowser::language()
{
    // installTranslations() (core/translation.cpp) gives the application the translator of
    // Rollbook's own catalogue (:/i18n) as a child; while there is one, the help speaks its
    // language, when the help has been written in it.
    const auto translators =
            QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (const QTranslator *translator : translators) {
        if (!translator->filePath().startsWith(u":/i18n/"_s))
            continue;
        QString code = languageCode(translator->language());
        if (code.isEmpty())
            code = languageCode(
                    translator->filePath().section(u'/', -1).section(u'.', 0, 0).section(u'_', 1));
        if (QFile::exists(pageFile(code, indexPage)))
            return code;
    }
    return u"en"_s;
}

QUrl HelpBrowser::url(const QString &topic, const QString &language)
{
    QString page = topic.section(u'#', 0, 0);
    const QString anchor = topic.section(u'#', 1);
    if (!pages().contains(page))
        page = indexPage;
    QUrl url(u"qrc:/help/%1/%2.html"_s.arg(language, page));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

HelpBrowser *HelpBrowser::instance()
{
    return theHelp;
}

void HelpBrowser::showTopic(const QString &topic)
{
    setLanguage(language());
    m_browser->setSource(url(topic, m_language));
}

QUrl HelpBrowser::source() const
{
    return m_browser->source();
}

void HelpBrowser::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // The other language's pages are not where Back would go now.
    m_browser->clearHistory();
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    int widest = 0;
    for (const QString &page : pages()) {
        const QString title = pageTitle(language, page);
        auto *item = new QListWidgetItem(title, m_contents);
        item->setSizeHint(QSize(0, m_contents->fontMetrics().height() + 10));
        widest = qMax(widest, m_contents->fontMetrics().horizontalAdvance(title));
    }
    // Every title whole: the platform's words are not to be cut off.
    m_contents->setMinimumWidth(widest + 2 * m_contents->frameWidth() + 24);
    if (m_splitter)
        m_splitter->setSizes({m_contents->minimumWidth(), m_splitter->width()});
}

void HelpBrowser::followSource(const QUrl &url)
{
    const QString page = url.path().section(u'/', -1).section(u'.', 0, 0);
    {
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentRow(pages().indexOf(page));
    }
    const QString help = pageTitle(m_language, indexPage);
    setWindowTitle(page == indexPage ? help : u"%1 — %2"_s.arg(pageTitle(m_language, page), help));
}

void HelpBrowser::attachTo(QWidget *window)
{
    if (window == parentWidget() || window == this)
        return;
    const bool visible = isVisible();
    const QRect geometry = this->geometry();
    if (parentWidget())
        parentWidget()->removeEventFilter(this);
    setParent(window, windowFlags());
    if (window)
        window->installEventFilter(this);
    if (visible) {
        setGeometry(geometry);
        show();
    }
}

bool HelpBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // When the window the help belongs to closes (the import wizard), the help stays open with
    // the window that one belonged to, rather than disappearing with it.
    if (watched == parentWidget() && event->type() == QEvent::Hide && !event->spontaneous()) {
        if (QWidget *owner = parentWidget()->parentWidget())
            attachTo(owner->window());
    }
    return QDialog::eventFilter(watched, event);
}

HelpBrowser *showHelp(QWidget *from, const QString &topic)
{
    QWidget *window = from ? from->window() : QApplication::activeWindow();
    HelpBrowser *help = theHelp.data();
    if (help && window == help) // asked from the help itself: it stays where it is
        window = help->parentWidget();
    if (!help) {
        help = new HelpBrowser(window);
        theHelp = help;
        if (window)
            window->installEventFilter(help);
        else
            help->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        help->attachTo(window);
    }
    help->showTopic(topic);
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

} // namespace Rollbook

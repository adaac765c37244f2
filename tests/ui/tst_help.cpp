// The offline help (issue 17): every page's "?" and F1 open the help on that page, the import
// wizard's Help opens the section of the step, the pages exist in English and Norwegian with
// the same sections, every link between them leads somewhere, and the help speaks the language
// of the translation.

#include "core/translation.h"
#include "helpbrowser.h"
#include "mainwindow.h"
#include "page.h"
#include "pageheader.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QStringList languages = {u"en"_s, u"nb"_s};

QString readPage(const QString &language, const QString &page)
{
    QFile file(u":/help/%1/%2.html"_s.arg(language, page));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every id="…" of a page, as written.
QStringList idsOf(const QString &html)
{
    static const QRegularExpression id(uR"re(\bid="([^"]*)")re"_s);
    QStringList ids;
    for (auto it = id.globalMatch(html); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

// Every href="…" of a page.
QStringList linksOf(const QString &html)
{
    static const QRegularExpression href(uR"re(\bhref="([^"]*)")re"_s);
    QStringList links;
    for (auto it = href.globalMatch(html); it.hasNext();)
        links << it.next().captured(1);
    return links;
}

// The anchors QTextDocument made of a page: what QTextBrowser can scroll to.
QSet<QString> anchorsOf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QSet<QString> anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names)
                anchors.insert(name);
        }
    }
    return anchors;
}

// The key that asks for help here (F1 on Windows and Linux, Ctrl+? on macOS).
QKeyCombination helpKey()
{
    const QKeySequence help(QKeySequence::HelpContents);
    return help.isEmpty() ? QKeyCombination(Qt::Key_F1) : help[0];
}

// The page and section the help shows, "users" or "import#relationship".
QString topicShown(const HelpBrowser *help)
{
    const QUrl source = help->source();
    const QString page = source.path().section(u'/', -1).section(u'.', 0, 0);
    return source.hasFragment() ? u"%1#%2"_s.arg(page, source.fragment()) : page;
}

} // namespace

class TestHelp : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPageExistsInBothLanguages();
    void sectionsAreTheSameInBothLanguages();
    void everyLinkLeadsToAPageAndSection();
    void topicsNameAPageAndSection_data();
    void topicsNameAPageAndSection();
    void questionMarkOpensThePagesHelp_data();
    void questionMarkOpensThePagesHelp();
    void questionMarkIsNamedAndReachedByTab();
    void f1OpensTheCurrentPagesHelp_data();
    void f1OpensTheCurrentPagesHelp();
    void helpMenuOpensTheCurrentPagesHelp();
    void wizardHelpOpensTheStepsSection();
    void wizardHelpOpensTheRostersSection();
    void helpOutlivesTheWizard();
    void norwegianHelpFollowsTheTranslation();
    void backAndForwardWorkByKeyboard();
    void contentsOpenEveryPage();
    void screenshots();

private:
    HelpBrowser *help() const;
    void openWindow();

    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::initTestCase()
{
    setUpCase(u"tst_help"_s);
}

void TestHelp::init()
{
    setUp();
}

void TestHelp::cleanup()
{
    installTranslations(u"en"_s);
    delete HelpBrowser::instance();
    m_window.reset();
    tearDown();
}

HelpBrowser *TestHelp::help() const
{
    HelpBrowser *browser = HelpBrowser::instance();
    if (!browser)
        qWarning("No help window is open");
    return browser;
}

void TestHelp::openWindow()
{
    static int n = 0;
    m_window = std::make_unique<MainWindow>();
    const auto opened = m_window->openDatabase(m_dir.filePath(u"window-%1.sqlite"_s.arg(++n)));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_window->resize(1000, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelp::everyPageExistsInBothLanguages()
{
    for (const QString &language : languages) {
        const QStringList files = QDir(u":/help/%1"_s.arg(language)).entryList(QDir::Files);
        QStringList expected;
        for (const QString &page : HelpBrowser::pages())
            expected << page + u".html"_s;
        expected.sort();
        QCOMPARE(files, expected);
        for (const QString &page : HelpBrowser::pages()) {
            const QString html = readPage(language, page);
            QVERIFY2(html.contains(u"<html lang=\"%1\">"_s.arg(language)),
                     qPrintable(u"%1/%2"_s.arg(language, page)));
            QVERIFY(html.contains(u"<title>"_s));
            QVERIFY(html.contains(u"<h1>"_s));
        }
    }
}

void TestHelp::sectionsAreTheSameInBothLanguages()
{
    for (const QString &page : HelpBrowser::pages()) {
        const QStringList english = idsOf(readPage(u"en"_s, page));
        const QStringList norwegian = idsOf(readPage(u"nb"_s, page));
        // The same sections in the same order, so that "import#relationship" works in both.
        QCOMPARE(norwegian, english);
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), english.size());
        // And QTextBrowser knows each of them as a place to scroll to.
        for (const QString &language : languages) {
            const QSet<QString> anchors = anchorsOf(readPage(language, page));
            for (const QString &id : english)
                QVERIFY2(anchors.contains(id), qPrintable(u"%1/%2#%3"_s.arg(language, page, id)));
        }
    }
}

void TestHelp::everyLinkLeadsToAPageAndSection()
{
    int checked = 0;
    for (const QString &language : languages) {
        for (const QString &page : HelpBrowser::pages()) {
            const QUrl base(u"qrc:/help/%1/%2.html"_s.arg(language, page));
            for (const QString &href : linksOf(readPage(language, page))) {
                const QUrl target = base.resolved(QUrl(href));
                const QString where = u"%1/%2: %3"_s.arg(language, page, href);
                // Offline: no page leans on the web.
                QVERIFY2(target.scheme() == u"qrc"_s, qPrintable(where));
                QVERIFY2(target.path().startsWith(u"/help/%1/"_s.arg(language)), qPrintable(where));
                const QString targetPage = target.path().section(u'/', -1).section(u'.', 0, 0);
                QVERIFY2(HelpBrowser::pages().contains(targetPage), qPrintable(where));
                QVERIFY2(QFile::exists(u":"_s + target.path()), qPrintable(where));
                if (target.hasFragment())
                    QVERIFY2(idsOf(readPage(language, targetPage)).contains(target.fragment()),
                             qPrintable(where));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 40);
}

void TestHelp::topicsNameAPageAndSection_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("url");
    QTest::newRow("users") << u"users"_s << u"qrc:/help/en/users.html"_s;
    QTest::newRow("import") << u"import"_s << u"qrc:/help/en/import.html"_s;
    QTest::newRow("relationship") << u"import#relationship"_s
                                  << u"qrc:/help/en/import.html#relationship"_s;
    QTest::newRow("history") << u"history"_s << u"qrc:/help/en/history.html"_s;
    QTest::newRow("distribute") << u"distribute"_s << u"qrc:/help/en/distribute.html"_s;
    QTest::newRow("settings") << u"settings"_s << u"qrc:/help/en/settings.html"_s;
    QTest::newRow("order") << u"order"_s << u"qrc:/help/en/order.html"_s;
    QTest::newRow("contents") << QString() << u"qrc:/help/en/index.html"_s;
    QTest::newRow("unknown") << u"no such page"_s << u"qrc:/help/en/index.html"_s;
}

void TestHelp::topicsNameAPageAndSection()
{
    QFETCH(QString, topic);
    QFETCH(QString, url);
    QCOMPARE(HelpBrowser::url(topic, u"en"_s), QUrl(url));
    QCOMPARE(HelpBrowser::url(topic, u"nb"_s), QUrl(QString(url).replace(u"/en/"_s, u"/nb/"_s)));
    openWindow();
    showHelp(m_window.get(), topic);
    QVERIFY(help());
    QCOMPARE(help()->source(), QUrl(url));
    QVERIFY(help()->isVisible());
    // The section is scrolled to: its heading is at the top.
    if (topic.contains(u'#')) {
        QTRY_VERIFY(help()->browser()->verticalScrollBar()->value() > 0);
    }
}

void TestHelp::questionMarkOpensThePagesHelp_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("topic");
    QTest::newRow("users") << int(MainWindow::PageId::Users) << u"users"_s;
    QTest::newRow("import") << int(MainWindow::PageId::Import) << u"import"_s;
    QTest::newRow("history") << int(MainWindow::PageId::History) << u"history"_s;
    QTest::newRow("distribute") << int(MainWindow::PageId::Distribute) << u"distribute"_s;
    QTest::newRow("settings") << int(MainWindow::PageId::Settings) << u"settings"_s;
}

void TestHelp::questionMarkOpensThePagesHelp()
{
    QFETCH(int, page);
    QFETCH(QString, topic);
    openWindow();
    QVERIFY(m_window->showPage(MainWindow::PageId(page)));
    auto *header = m_window->page(MainWindow::PageId(page))->findChild<PageHeader *>();
    QVERIFY(header);
    QCOMPARE(header->helpTopic(), topic);
    QVERIFY(header->helpButton());
    QVERIFY(header->helpButton()->isVisible());
    QTest::mouseClick(header->helpButton(), Qt::LeftButton);

    QVERIFY(help());
    QVERIFY(help()->isVisible());
    QCOMPARE(help()->source(), HelpBrowser::url(topic, u"en"_s));
    QCOMPARE(topicShown(help()), topic);
    const QString html = readPage(u"en"_s, topic.section(u'#', 0, 0));
    if (topic.contains(u'#'))
        QVERIFY(idsOf(html).contains(topic.section(u'#', 1)));
    // The help page is about the page, in its words: its title is the page's.
    QCOMPARE(help()->browser()->documentTitle(), m_window->page(MainWindow::PageId(page))->title());
    QVERIFY(help()->windowTitle().startsWith(header->title()));
    // A help window of the main window, never a modal one.
    QVERIFY(!help()->isModal());
    QCOMPARE(help()->parentWidget(), m_window.get());
}

void TestHelp::questionMarkIsNamedAndReachedByTab()
{
    openWindow();
    for (int id = 0; id < MainWindow::pageCount; ++id) {
        QVERIFY(m_window->showPage(MainWindow::PageId(id)));
        auto *header = m_window->page(MainWindow::PageId(id))->findChild<PageHeader *>();
        QToolButton *button = header->helpButton();
        QCOMPARE(button->accessibleName(), u"Help on this page"_s);
        QVERIFY(button->toolTip().startsWith(u"Help on this page"_s));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        // Tab from the navigation list reaches it, and Space presses it.
        m_window->findChild<QListWidget *>(u"navigation"_s)->setFocus();
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == button;
        }
        QVERIFY2(reached, qPrintable(m_window->page(MainWindow::PageId(id))->title()));
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(help());
        QTRY_VERIFY(help()->isVisible());
        QCOMPARE(topicShown(help()), header->helpTopic());
        help()->close();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
}

void TestHelp::f1OpensTheCurrentPagesHelp_data()
{
    questionMarkOpensThePagesHelp_data();
}

void TestHelp::f1OpensTheCurrentPagesHelp()
{
    QFETCH(int, page);
    QFETCH(QString, topic);
    openWindow();
    QVERIFY(m_window->showPage(MainWindow::PageId(page)));
    QTest::keyClick(m_window->findChild<QListWidget *>(u"navigation"_s), helpKey().key(),
                    helpKey().keyboardModifiers());
    QVERIFY(help());
    QVERIFY(help()->isVisible());
    QCOMPARE(help()->source(), HelpBrowser::url(topic, u"en"_s));
    // F1 again on another page shows that page in the same window.
    const int other = (page + 1) % MainWindow::pageCount;
    QVERIFY(m_window->showPage(MainWindow::PageId(other)));
    HelpBrowser *first = help();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), helpKey().key(), helpKey().keyboardModifiers());
    QCOMPARE(help(), first);
    QCOMPARE(topicShown(help()),
             m_window->page(MainWindow::PageId(other))->findChild<PageHeader *>()->helpTopic());
}

void TestHelp::helpMenuOpensTheCurrentPagesHelp()
{
    openWindow();
    QAction *action = m_window->findChild<QAction *>(u"helpAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text().remove(u'&'), u"Rollbook Help"_s);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    // In the Help menu, first.
    QMenu *helpMenu = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text().remove(u'&') == u"Help"_s)
            helpMenu = menu->menu();
    }
    QVERIFY(helpMenu);
    QCOMPARE(helpMenu->actions().constFirst(), action);

    QVERIFY(m_window->showPage(MainWindow::PageId::Settings));
    action->trigger();
    QVERIFY(help());
    QCOMPARE(help()->source(), QUrl(u"qrc:/help/en/settings.html"_s));
}

void TestHelp::wizardHelpOpensTheStepsSection()
{
    seed("seed-a-children.csv", Profile::Learner);
    enableParentLogin();
    startWizard(fixture("seed-b-parents-one-child.csv"), Profile::Parent);
    QVERIFY(m_wizard->testOption(QWizard::HaveHelpButton));
    QAbstractButton *helpButton = m_wizard->button(QWizard::HelpButton);
    QVERIFY(helpButton->isVisible());

    const QList<std::pair<int, QString>> steps = {
            {ImportWizard::FileId, u"file"_s},
            {ImportWizard::FormatId, u"format"_s},
            {ImportWizard::ColumnsId, u"columns"_s},
            {ImportWizard::RelationshipId, u"relationship"_s},
            {ImportWizard::OptionsId, u"options"_s},
            {ImportWizard::CheckId, u"check"_s},
            {ImportWizard::ImportId, u"import"_s},
    };
    const QStringList sections = idsOf(readPage(u"en"_s, u"import"_s));
    for (const auto &[id, section] : steps) {
        QCOMPARE(m_wizard->currentId(), id);
        helpButton->click();
        QVERIFY(help());
        QVERIFY(help()->isVisible());
        QCOMPARE(help()->source(), QUrl(u"qrc:/help/en/import.html#"_s + section));
        QVERIFY2(sections.contains(section), qPrintable(section));
        // The help belongs to the wizard, so that the wizard's modality does not block it.
        QCOMPARE(help()->parentWidget(), m_wizard.get());
        if (id == ImportWizard::CheckId) {
            auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
            QTRY_VERIFY(check->report().has_value());
        }
        if (id != ImportWizard::ImportId)
            next();
    }

    // F1 in the wizard asks for the same.
    help()->close();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QTest::keyClick(m_wizard.get(), helpKey().key(), helpKey().keyboardModifiers());
    QTRY_VERIFY(help() && help()->isVisible());
    QCOMPARE(help()->source(), QUrl(u"qrc:/help/en/import.html#import"_s));
}

void TestHelp::wizardHelpOpensTheRostersSection()
{
    enableParentLogin();
    openWizard(fixture("roster/oneroster-1.1"));
    QVERIFY(QTest::qWaitFor([this] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RosterCheckId));
    m_wizard->button(QWizard::HelpButton)->click();
    QVERIFY(help());
    QCOMPARE(help()->source(), QUrl(u"qrc:/help/en/import.html#roster"_s));
}

void TestHelp::helpOutlivesTheWizard()
{
    openWindow();
    ImportWizard *wizard = m_window->openImportWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    wizard->button(QWizard::HelpButton)->click();
    QVERIFY(help());
    QCOMPARE(help()->parentWidget(), wizard);
    // The wizard is modal to the window; the help is not blocked by it.
    QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == wizard);
    HelpBrowser *browser = help();
    wizard->reject();
    QTRY_VERIFY(m_window->findChild<ImportWizard *>() == nullptr);
    // Still the same window, still open, now beside the main window.
    QCOMPARE(help(), browser);
    QVERIFY(browser->isVisible());
    QCOMPARE(browser->parentWidget(), m_window.get());
}

void TestHelp::norwegianHelpFollowsTheTranslation()
{
    QCOMPARE(installTranslations(u"nb"_s), u"nb"_s);
    QCOMPARE(HelpBrowser::language(), u"nb"_s);
    openWindow();
    QVERIFY(m_window->showPage(MainWindow::PageId::Import));
    auto *header = m_window->page(MainWindow::PageId::Import)->findChild<PageHeader *>();
    QTest::mouseClick(header->helpButton(), Qt::LeftButton);
    QVERIFY(help());
    QCOMPARE(help()->source(), QUrl(u"qrc:/help/nb/import.html"_s));
    QCOMPARE(help()->browser()->documentTitle(), u"Importer brukere fra fil"_s);
    QCOMPARE(help()->browser()->documentTitle(), header->title());
    const QString text = help()->browser()->toPlainText();
    QVERIFY(text.contains(u"Synkroniseringsfelt i importfil"_s));
    QVERIFY(text.contains(u"Tilsvarende synkroniseringsfelt for barn"_s));
    // The contents are Norwegian too.
    QCOMPARE(help()->contents()->item(HelpBrowser::pages().indexOf(u"order"_s))->text(),
             u"Gangen i arbeidet"_s);
    QVERIFY(help()->windowTitle().contains(u"Hjelp for Rollbook"_s));

    // Back to English: the same window follows.
    installTranslations(u"en"_s);
    QCOMPARE(HelpBrowser::language(), u"en"_s);
    QTest::mouseClick(header->helpButton(), Qt::LeftButton);
    QCOMPARE(help()->source(), QUrl(u"qrc:/help/en/import.html"_s));
    QCOMPARE(help()->contents()->item(HelpBrowser::pages().indexOf(u"order"_s))->text(),
             u"Order of work"_s);
}

void TestHelp::backAndForwardWorkByKeyboard()
{
    openWindow();
    showHelp(m_window.get(), u"users"_s);
    HelpBrowser *browser = help();
    QVERIFY(browser);
    // The help comes to the front, ready for the keyboard.
    QTRY_COMPARE(QApplication::activeWindow(), browser);
    auto *back = browser->findChild<QAction *>(u"helpBack"_s);
    auto *forward = browser->findChild<QAction *>(u"helpForward"_s);
    auto *home = browser->findChild<QAction *>(u"helpHome"_s);
    QVERIFY(!back->isEnabled());
    QVERIFY(!forward->isEnabled());

    // Follow a link from the keyboard: Tab to it in the text, Enter.
    browser->browser()->setFocus();
    QTest::keyClick(browser->browser(), Qt::Key_Tab);
    QVERIFY(browser->browser()->textCursor().hasSelection());
    const QString link = browser->browser()->textCursor().charFormat().anchorHref();
    QVERIFY(!link.isEmpty());
    QTest::keyClick(browser->browser(), Qt::Key_Return);
    QCOMPARE(browser->source(), QUrl(u"qrc:/help/en/users.html"_s).resolved(QUrl(link)));
    QVERIFY(back->isEnabled());

    const QKeySequence backKeys(QKeySequence::Back);
    const QKeySequence forwardKeys(QKeySequence::Forward);
    QTest::keyClick(browser, backKeys[0].key(), backKeys[0].keyboardModifiers());
    QCOMPARE(browser->source(), QUrl(u"qrc:/help/en/users.html"_s));
    QVERIFY(forward->isEnabled());
    QTest::keyClick(browser, forwardKeys[0].key(), forwardKeys[0].keyboardModifiers());
    QCOMPARE(browser->source(), QUrl(u"qrc:/help/en/users.html"_s).resolved(QUrl(link)));

    // Home: the contents page.
    const QKeySequence homeKeys = home->shortcut();
    QTest::keyClick(browser, homeKeys[0].key(), homeKeys[0].keyboardModifiers());
    QCOMPARE(browser->source(), QUrl(u"qrc:/help/en/index.html"_s));
    QCOMPARE(browser->contents()->currentRow(), 0);
    // Every button is named for a screen reader and tells its keys.
    for (QAction *action : {back, forward, home}) {
        QVERIFY(!action->text().isEmpty());
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    // Esc closes the help.
    QTest::keyClick(browser, Qt::Key_Escape);
    QVERIFY(!browser->isVisible());
}

void TestHelp::contentsOpenEveryPage()
{
    openWindow();
    showHelp(m_window.get(), QString());
    HelpBrowser *browser = help();
    QListWidget *contents = browser->contents();
    QCOMPARE(contents->count(), HelpBrowser::pages().size());
    contents->setFocus();
    contents->setCurrentRow(0);
    for (int row = 1; row < contents->count(); ++row) {
        QTest::keyClick(contents, Qt::Key_Down);
        QCOMPARE(contents->currentRow(), row);
        const QString page = HelpBrowser::pages().at(row);
        QCOMPARE(browser->source(), HelpBrowser::url(page, u"en"_s));
        QCOMPARE(contents->item(row)->text(), browser->browser()->documentTitle());
    }
    // A page opened otherwise (a topic, a link in the text) is marked in the contents too.
    showHelp(m_window.get(), u"import#relationship"_s);
    QCOMPARE(contents->currentRow(), HelpBrowser::pages().indexOf(u"import"_s));
    browser->browser()->setSource(QUrl(u"qrc:/help/en/history.html#undo"_s));
    QCOMPARE(browser->source(), QUrl(u"qrc:/help/en/history.html#undo"_s));
    QCOMPARE(contents->currentRow(), HelpBrowser::pages().indexOf(u"history"_s));
}

void TestHelp::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    openWindow();
    QVERIFY(m_window->showPage(MainWindow::PageId::Import));
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(QDir(folder).filePath(u"help-page-header.png"_s)));
    const QList<std::pair<QString, QString>> shots = {
            {u"import#relationship"_s, u"help-import-relationship.png"_s},
            {u"order"_s, u"help-order.png"_s},
            {QString(), u"help-contents.png"_s},
    };
    for (const auto &[topic, file] : shots) {
        showHelp(m_window.get(), topic);
        QVERIFY(QTest::qWaitForWindowExposed(help()));
        QTest::qWait(100);
        QVERIFY(help()->grab().save(QDir(folder).filePath(file)));
    }
    installTranslations(u"nb"_s);
    showHelp(m_window.get(), u"users#parent"_s);
    QTest::qWait(100);
    QVERIFY(help()->grab().save(QDir(folder).filePath(u"help-users-nb.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestHelp)
#include "tst_help.moc"

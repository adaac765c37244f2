#include "core/application.h"
#include "core/translation.h"
#include "db/database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// --help and --version print text and quit: they must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

class MainText
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// Rollbook's icon, rendered at the sizes window managers ask for (see installer/CMakeLists.txt).
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/hicolor/%1x%1/apps/no.rollbook.Rollbook.png"_s.arg(size),
                     QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    Rollbook::applyApplicationIdentity();
    Rollbook::installTranslations(Rollbook::languageSetting());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            MainText::tr("Prepare itslearning user imports: learners, parents and their links."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
            u"database"_s,
            MainText::tr("The database to open: a file (created when it does not exist), or a "
                         "database on a PostgreSQL server, postgresql://USER@HOST[:PORT]/NAME, "
                         "with the password in PGPASSWORD or .pgpass, never on the command line. "
                         "Default: the one used last, else %1.")
                    .arg(QDir::toNativeSeparators(Rollbook::Database::defaultPath())),
            MainText::tr("DATABASE"));
    parser.addOption(database);
    parser.addPositionalArgument(
            u"file"_s,
            MainText::tr("A CSV file to import, or a standard roster (OneRoster, School Data "
                         "Sync): a folder or a .zip file. Opens Import users from file with it."),
            MainText::tr("[FILE.csv | ROSTER]"));
    parser.process(*app); // --help and --version print and exit here

    QApplication::setApplicationDisplayName(u"Rollbook"_s);
    QApplication::setWindowIcon(applicationIcon());
    // Wayland finds the icon through the desktop entry (installer/linux/).
    QGuiApplication::setDesktopFileName(u"no.rollbook.Rollbook"_s);
    QString location = parser.value(database);
    if (location.isEmpty()) {
        // A server used last is tried again; a file used last only while it is still there.
        location = Rollbook::MainWindow::lastDatabasePath();
        if (location.isEmpty() ||
            (!Rollbook::ServerAddress::isServer(location) && !QFileInfo::exists(location)))
            location = Rollbook::Database::defaultPath();
    }

    Rollbook::MainWindow window;
    window.show();
    if (!window.openDatabaseOrAsk(location))
        return 3; // the user chose to quit rather than open another database
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openImportWizard(QFileInfo(files.first()).absoluteFilePath());
    return app->exec();
}

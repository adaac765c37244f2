#include "core/application.h"
#include "db/database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

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

QString translate(const char *text)
{
    return QCoreApplication::translate("main", text);
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
            translate("Prepare itslearning user imports: learners, parents and their links."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
            u"database"_s,
            translate("The database file to open (created when it does not exist). Default: the "
                      "one used last, else %1.")
                    .arg(Rollbook::Database::defaultPath()),
            translate("PATH"));
    parser.addOption(database);
    parser.addPositionalArgument(
            u"file"_s, translate("A CSV file to import: opens Import users from file with it."),
            translate("[FILE.csv]"));
    parser.process(*app); // --help and --version print and exit here

    QApplication::setApplicationDisplayName(u"Rollbook"_s);
    QString path = parser.value(database);
    if (path.isEmpty()) {
        path = Rollbook::MainWindow::lastDatabasePath();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = Rollbook::Database::defaultPath();
    }

    Rollbook::MainWindow window;
    window.show();
    if (!window.openDatabaseOrAsk(path))
        return 3; // the user chose to quit rather than open another database
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openImportWizard(QFileInfo(files.first()).absoluteFilePath());
    return app->exec();
}

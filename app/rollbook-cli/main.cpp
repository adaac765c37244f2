#include "cli.h"
#include "core/application.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Login letters lay out text, which needs fonts and so a QGuiApplication; every other command
// runs without one, and so on a server without a screen.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "letters") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // No window is ever shown: without a display, lay out text off screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Rollbook::applyApplicationIdentity();
    Rollbook::installTranslations(Rollbook::languageSetting());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Rollbook::Cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}

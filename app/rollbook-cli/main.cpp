#include "cli.h"
#include "core/application.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Rollbook::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Rollbook::Cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}

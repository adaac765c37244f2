#include "core/application.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Rollbook::applyApplicationIdentity();
    Rollbook::MainWindow window;
    window.show();
    return app.exec();
}

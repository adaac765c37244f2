#include "mainwindow.h"

namespace Rollbook {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{}

} // namespace Rollbook

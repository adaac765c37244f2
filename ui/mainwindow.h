#pragma once

#include <QMainWindow>

namespace Rollbook {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Rollbook

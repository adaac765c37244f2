#pragma once

#include <QWidget>

namespace Rollbook {

class Database;

// One page of the main window: a navigation entry and what shows on the right.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;

    // Called when the window opens another database (or none, with nullptr). The page reloads.
    virtual void setDatabase(Database *database) { Q_UNUSED(database) }

    // Called before the user leaves the page, opens another database or closes the window.
    // A page with unsaved work asks what to do; false keeps the user where they are.
    virtual bool maybeLeave() { return true; }

signals:
    // The page's unsaved state changed (the window marks its title).
    void modificationChanged(bool modified);
};

} // namespace Rollbook

#pragma once

#include <QMenu>

namespace Rollbook {

// The placeholders letters and e-mails may hold (SettingsStore::placeholders()), each with what
// it stands for, as the menu of an Insert placeholder button. Each action's data is its
// placeholder, such as {username}.
class PlaceholderMenu : public QMenu
{
    Q_OBJECT

public:
    explicit PlaceholderMenu(QWidget *parent = nullptr);

signals:
    void chosen(const QString &placeholder);
};

} // namespace Rollbook

#include "placeholdermenu.h"

#include "settings/settingsstore.h"

#include <QAction>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

PlaceholderMenu::PlaceholderMenu(QWidget *parent)
    : QMenu(parent)
{
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        QString text = tr("%1 — %2").arg(placeholder, description);
        QAction *action = addAction(text.replace(u'&', u"&&"_s));
        action->setData(placeholder);
        connect(action, &QAction::triggered, this,
                [this, placeholder] { emit chosen(placeholder); });
    }
}

} // namespace Rollbook

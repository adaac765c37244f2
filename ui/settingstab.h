#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

namespace Rollbook {

// A tab of Edit global settings whose settings the page saves and reverts together with the
// others': it shows the stored values, gives back what it shows, and names the field of a
// setting, so that the page can take the user to a value it refuses.
class SettingsTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The tab's settings as SettingsStore keeps them, by key.
    virtual QMap<QString, QString> values() const = 0;
    // Shows the stored values (those of the tab's keys; others are ignored).
    virtual void showValues(const QMap<QString, QString> &values) = 0;
    // The field that shows the setting `key`, or null if it is not on this tab.
    virtual QWidget *field(const QString &key) const
    {
        Q_UNUSED(key);
        return nullptr;
    }

signals:
    // The user changed a value shown.
    void changed();
};

} // namespace Rollbook

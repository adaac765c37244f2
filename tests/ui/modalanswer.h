#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Rollbook::Testing {

// Answers the next message box that opens, as a user would: presses `button`. Modal dialogs run
// their own event loop, so the answer comes from a timer that waits for the box to appear.
// `seen` receives the box's text.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *seen = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (seen)
            *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
    });
    timer->start();
}

} // namespace Rollbook::Testing

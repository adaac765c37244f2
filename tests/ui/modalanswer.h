#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Rollbook::Testing {

// Answers the next message box that opens, as a user would: `choose` picks the button to press.
// Modal dialogs run their own event loop, so the answer comes from a timer that waits for the box
// to appear. `seen` receives the box's text.
inline void answerNextMessageBox(std::function<QAbstractButton *(QMessageBox *)> choose,
                                 QString *seen = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, choose, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (seen)
            *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        choose(box)->click();
    });
    timer->start();
}

inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *seen = nullptr)
{
    answerNextMessageBox([button](QMessageBox *box) { return box->button(button); }, seen);
}

// Presses the button whose text (without its & mnemonic marker) is `text`.
inline void answerNextMessageBox(const QString &text, QString *seen = nullptr)
{
    answerNextMessageBox(
            [text](QMessageBox *box) -> QAbstractButton * {
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text().remove(QLatin1Char('&')) == text)
                        return button;
                }
                return box->buttons().value(0);
            },
            seen);
}

// Answers the next file dialog (Qt's own, as offscreen tests get) by typing `path` into its file
// name and pressing Return, as a user would.
inline void answerNextFileDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        name->setText(QDir::toNativeSeparators(path));
        QTest::keyClick(name, Qt::Key_Return);
    });
    timer->start();
}

} // namespace Rollbook::Testing

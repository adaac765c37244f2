#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Rollbook {

// What the Users page shows while the open database holds nobody (issue 17): a short welcome,
// Import Users from File… (the default), Open a Sample School, and a link to the help's order
// of work. It only asks: the window does the work, so nothing here touches a database.
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QPushButton *sampleButton() const { return m_sample; }
    // The link to the help page "order": a label, reached with Tab, opened with Enter.
    QLabel *orderLink() const { return m_orderLink; }

signals:
    void importRequested();
    void sampleRequested();

private:
    QPushButton *m_import = nullptr;
    QPushButton *m_sample = nullptr;
    QLabel *m_orderLink = nullptr;
};

} // namespace Rollbook

#pragma once

#include <QLabel>

namespace Rollbook {

// The title at the top of each page, in the platform's words ("Edit global settings").
class PageHeader : public QLabel
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
};

} // namespace Rollbook

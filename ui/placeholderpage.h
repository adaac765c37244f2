#pragma once

#include "page.h"

namespace Rollbook {

// A page whose feature a later version of Rollbook brings: says so plainly instead of showing
// controls that do nothing.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString title() const override { return m_title; }

private:
    QString m_title;
};

} // namespace Rollbook

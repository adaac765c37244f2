#pragma once

class QLabel;
class QString;
class QWidget;

namespace Rollbook {

// The small texts the settings tabs put in their forms.

// A word-wrapped label as wide as a form's field column, not a narrow column of its own; it
// keeps the height-for-width of word wrapping.
void fillWidth(QLabel *label);

// An explanation under a group of fields: word-wrapped, in the placeholder colour.
QLabel *helpText(const QString &text, QWidget *parent);

} // namespace Rollbook

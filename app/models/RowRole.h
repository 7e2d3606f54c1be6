#pragma once

#include <Qt>

// Roles every list model of ActiveDesk fills, so one delegate draws them all: a bold title, muted lines under it, a
// figure on the right (a price) and a status chip. Qt::AccessibleTextRole carries the sentence a screen reader says;
// Qt::DisplayRole stays a one-line fallback.
namespace RowRole {
enum : int {
    Title = Qt::UserRole + 100,
    Subtitle,    // second line, muted
    Detail,      // third line, muted
    Trailing,    // right-aligned figure, e.g. a price
    Chip,        // status word, drawn as a chip
    ChipKind,    // "ok", "warn", "bad", "new" or "muted"
    Unavailable, // bool: greyed although it can be read (e.g. a full date)
};
}

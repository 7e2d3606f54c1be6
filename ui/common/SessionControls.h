#pragma once

#include "SessionBrowser.h"

class QAbstractItemView;
class QComboBox;

// The widgets a view puts in front of a SessionBrowser (which draws nothing): its lists of dates and price levels
// bound to the browser's choice, and the filter boxes every view offers.
namespace SessionControls {
// What a person selects in `dates` and `offers` (views of the browser's dates() and offers()) is chosen in the
// browser, and what the browser chooses is selected there (choosing what is already chosen changes nothing, so this
// cannot loop).
void bindChoiceLists(SessionBrowser *browser, QAbstractItemView *dates, QAbstractItemView *offers);
// The day and time-of-day choices every view's filters offer (any day, today, tomorrow, the next 12 days; any
// time, morning, afternoon, evening), and the filters they make.
void addDayChoices(QComboBox *box);
void renewDayChoices(QComboBox *box); // the days again from today, once midnight has passed
void addTimeChoices(QComboBox *box);
// "Classes and courses", "Swims, gym and open sessions", "Everything": the item data is the Filters::Kind.
void addKindChoices(QComboBox *box);
SessionBrowser::Filters::Kind kindOf(const QComboBox *box);
void readDayAndTime(const QComboBox *day, const QComboBox *time, SessionBrowser::Filters *filters);
} // namespace SessionControls

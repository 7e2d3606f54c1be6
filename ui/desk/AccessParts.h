#pragma once

class QFrame;
class QLineEdit;
class QVBoxLayout;
class QWidget;

// What the desk's first-run and log-in pages are built of.
namespace AccessParts {
// A card centred on `page`; `inner` receives its layout.
QFrame *centredCard(QWidget *page, QVBoxLayout **inner);
// A PIN field: hidden digits, at most 8, no predictive text.
QLineEdit *pinEdit(QWidget *parent);
} // namespace AccessParts

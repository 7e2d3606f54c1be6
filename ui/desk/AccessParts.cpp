#include "AccessParts.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace AccessParts {

QFrame *centredCard(QWidget *page, QVBoxLayout **inner)
{
    auto *outer = new QVBoxLayout(page);
    outer->addStretch();
    auto *card = new QFrame(page);
    card->setProperty("role", QStringLiteral("card"));
    card->setMaximumWidth(440);
    card->setMinimumWidth(380);
    *inner = new QVBoxLayout(card);
    (*inner)->setContentsMargins(28, 24, 28, 24);
    (*inner)->setSpacing(12);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    return card;
}

QLineEdit *pinEdit(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(8);
    e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return e;
}

} // namespace AccessParts

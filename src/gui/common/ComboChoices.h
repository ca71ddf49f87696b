#pragma once
#include "core/Enums.h"

#include <QComboBox>

#include <initializer_list>

namespace sochibo::gui {

/// Fills \a box with \a values under their Vietnamese labels (core::uiLabel), \a current chosen.
template <typename E> void fill(QComboBox *box, std::initializer_list<E> values, E current)
{
    for (E v : values) {
        box->addItem(core::uiLabel(v), int(v));
        if (v == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

/// The value chosen in a box filled by fill().
template <typename E> E valueOf(const QComboBox *box)
{
    return E(box->currentData().toInt());
}

} // namespace sochibo::gui

#include "Review.h"

namespace sochibo::core {

QualityRating levelForScore(double total)
{
    if (total >= 90)
        return QualityRating::Excellent;
    if (total >= 70)
        return QualityRating::Good;
    if (total >= 50)
        return QualityRating::Completed;
    return QualityRating::NotCompleted;
}

} // namespace sochibo::core

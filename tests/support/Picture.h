// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QSet>

namespace postbag::testing {

// What a screenshot test can say about its picture. Why: a grab that saves a blank or
// uniform image (nothing laid out, a window never painted) would pass as long as it saves.
struct Picture
{
    // Distinct colours over a grid of samples (at most `cap`): a window with text and frames
    // has many, a blank grab one or two.
    static int distinctColours(const QImage& image, int cap = 64)
    {
        QSet<QRgb> seen;
        const int step = qMax(1, qMin(image.width(), image.height()) / 200);
        for (int y = 0; y < image.height() && seen.size() < cap; y += step) {
            for (int x = 0; x < image.width() && seen.size() < cap; x += step)
                seen.insert(image.pixel(x, y));
        }
        return int(seen.size());
    }

    // The mean lightness (0 black, 255 white) over the same samples.
    static double meanLightness(const QImage& image)
    {
        const int step = qMax(1, qMin(image.width(), image.height()) / 200);
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += step) {
            for (int x = 0; x < image.width(); x += step) {
                sum += QColor(image.pixel(x, y)).lightness();
                ++n;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
};

} // namespace postbag::testing

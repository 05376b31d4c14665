"""The canvas every PDF of the guide is drawn on: its creation date and file id come from the
edition date, never from the clock or the environment, so that the same input gives the same
bytes; the print file's canvas draws no links."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import time

from reportlab.pdfgen.canvas import Canvas


class NoLinksCanvas(Canvas):
    """The print file's canvas: links are not drawn (PDF/X forbids annotations and actions;
    on paper they are dead anyway). The screen file has them."""

    def linkURL(self, *args, **kwargs) -> None:
        pass

    def linkRect(self, *args, **kwargs) -> None:
        pass

    def linkAbsolute(self, *args, **kwargs) -> None:
        pass


def dated_canvas(edition: dt.date, links: bool = True):
    """A canvas maker whose PDF creation date and file id derive from the edition date."""
    stamp = calendar.timegm((edition.year, edition.month, edition.day, 0, 0, 0))

    def make(*args, **kwargs) -> Canvas:
        canv = (Canvas if links else NoLinksCanvas)(*args, **kwargs)
        pdf = canv._doc
        clock = pdf._timeStamp  # what PDFDocument took from invariant mode or the environment
        clock.t, clock.lt = stamp, time.gmtime(stamp)
        clock.YMDhms = tuple(clock.lt)[:6]
        clock.dhh = clock.dmm = 0
        clock.tzname = "UTC"
        signature = hashlib.md5(usedforsecurity=False)  # the file id, as PDFDocument starts it
        signature.update(b"a reportlab document")
        signature.update(ascii(stamp).encode())
        pdf.signature = signature
        return canv

    return make

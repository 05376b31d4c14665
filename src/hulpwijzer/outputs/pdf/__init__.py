"""The PDF outputs: the print file for the print shop and the screen file for volunteers.

:mod:`.style` holds every number of the design (page geometry, colours, type sizes, the room of
each text); :mod:`.flowables` are the drawing pieces (a text block, a row of pieces, a framed
box, a QR code, notes lines); :mod:`.story` turns a composed booklet into those flowables (a
contact card is one flowable); :mod:`.render` lays them out on pages, as the print or screen
variant; :mod:`.fit` checks that every text still fits its place.
"""

"""The PDF outputs: the print file for the print shop and the screen file for volunteers.

:mod:`.style` holds every number of the design (page geometry, colours, type sizes, the room of
each text); :mod:`.layout` turns a language's texts into ReportLab flowables (a contact card is
one flowable); :mod:`.render` lays them out on pages, as the print or screen variant.
"""

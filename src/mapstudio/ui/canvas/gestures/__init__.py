"""One class per canvas gesture: press, move, release (-> a command or nothing), cancel.

    MoveCardsGesture   press on a card (carries the selected cards)   -> MoveCards
    MovePointGesture   press on an emotion marker                    -> MoveEmotionPoint
    MoveStageGesture   press on a stage header                       -> MoveStage
    MoveBandGesture    press on a persona band's header              -> MoveBand
    DropGesture        a drag from the palette, the personas dock    -> AddCard, AddStage,
                       or the file manager                              AddEmotionPoint,
                                                                        AddBand; a picture

Empty paper is the view's own rubber band (Qt's), which selects and makes no command.
`CanvasEditor` picks the gesture, forwards the events and runs the command; each
gesture draws its own marks through `Feedback`, whose geometry comes from the layout.
"""

from mapstudio.ui.canvas.gestures.base import (
    LIFT,
    Gesture,
    GestureCanvas,
    Labelled,
    unlabelled,
)
from mapstudio.ui.canvas.gestures.drop import DropGesture, PictureTarget, understands
from mapstudio.ui.canvas.gestures.feedback import Feedback
from mapstudio.ui.canvas.gestures.move_band import MoveBandGesture
from mapstudio.ui.canvas.gestures.move_cards import MoveCardsGesture
from mapstudio.ui.canvas.gestures.move_point import SIDEWAYS_SLACK, MovePointGesture
from mapstudio.ui.canvas.gestures.move_stage import MoveStageGesture

__all__ = [
    "LIFT",
    "SIDEWAYS_SLACK",
    "DropGesture",
    "Feedback",
    "Gesture",
    "GestureCanvas",
    "Labelled",
    "MoveBandGesture",
    "MoveCardsGesture",
    "MovePointGesture",
    "MoveStageGesture",
    "PictureTarget",
    "understands",
    "unlabelled",
]

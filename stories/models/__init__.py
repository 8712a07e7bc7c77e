from .columns import ColumnPage, StoryExemplar, StoryPage, StoryTag
from .consent import ConsentWithdrawal
from .documents import PrivateDocument
from .exemplars import (
    Award,
    ExemplarIndexPage,
    ExemplarPage,
    ExemplarPhoto,
    RecognitionLevel,
    SubjectType,
    format_decision,
)
from .images import Photo, PhotoRendition
from .introductions import (
    QUARTERS,
    DiscoverySettings,
    FocalPerson,
    Introduction,
    Quota,
    Reminder,
    UnitTurn,
    current_quarter,
    quarter_of,
)
from .nominations import Nomination, NominationPhoto
from .pages import HomeFeaturedExemplar, HomePage, StandardPage
from .review import VerificationTask, verification_problems
from .syndication import AudioClip, FeedState, SyndicationEntry
from .taxonomy import Movement, Place, PlaceGraph, Sector, Unit

__all__ = [
    "AudioClip", "Award", "ColumnPage", "ExemplarIndexPage", "ExemplarPage", "ExemplarPhoto",
    "ConsentWithdrawal", "PrivateDocument",
    "FeedState", "SyndicationEntry", "QUARTERS", "DiscoverySettings", "FocalPerson",
    "Introduction", "Nomination", "NominationPhoto", "Quota", "Reminder", "UnitTurn",
    "current_quarter", "quarter_of",
    "HomeFeaturedExemplar", "HomePage", "Movement", "Photo", "PhotoRendition", "Place",
    "PlaceGraph", "RecognitionLevel", "Sector", "StandardPage", "StoryExemplar", "StoryPage",
    "StoryTag", "SubjectType", "Unit", "VerificationTask", "format_decision",
    "verification_problems",
]

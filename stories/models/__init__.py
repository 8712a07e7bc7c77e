from stories.discovery.models.introductions import (
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
from stories.discovery.models.nominations import Nomination, NominationPhoto
from stories.editorial.models.consent import ConsentWithdrawal
from stories.editorial.models.review import VerificationTask, verification_problems
from stories.models.columns import ColumnPage, StoryExemplar, StoryPage, StoryTag
from stories.models.directory import ExemplarIndexPage
from stories.models.documents import PrivateDocument
from stories.models.exemplars import (
    Award,
    ExemplarPage,
    ExemplarPhoto,
    format_decision,
)
from stories.models.images import Photo, PhotoRendition
from stories.models.kinds import RecognitionLevel, SubjectType
from stories.models.pages import HomeFeaturedExemplar, HomePage, StandardPage
from stories.models.site_settings import SiteIdentity as SiteIdentity
from stories.models.taxonomy import Movement, Place, PlaceGraph, Sector, Unit
from stories.syndication.models import AudioClip, FeedState, SyndicationEntry
from stories.syndication.subscriptions import EmailSubscription

__all__ = [
    "AudioClip", "Award", "ColumnPage", "ExemplarIndexPage", "ExemplarPage", "ExemplarPhoto",
    "ConsentWithdrawal", "EmailSubscription", "PrivateDocument",
    "FeedState", "SyndicationEntry", "QUARTERS", "DiscoverySettings", "FocalPerson",
    "Introduction", "Nomination", "NominationPhoto", "Quota", "Reminder", "UnitTurn",
    "current_quarter", "quarter_of",
    "HomeFeaturedExemplar", "HomePage", "Movement", "Photo", "PhotoRendition", "Place",
    "PlaceGraph", "RecognitionLevel", "Sector", "StandardPage", "StoryExemplar", "StoryPage",
    "StoryTag", "SubjectType", "Unit", "VerificationTask", "format_decision",
    "verification_problems",
]

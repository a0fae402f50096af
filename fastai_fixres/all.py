from .resolution import *
from .data import *
from .norm import *
from .callback import *
from .adapt import *
from .cache import *
from .finetune import *
from .sweep import *

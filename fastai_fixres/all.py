from .resolution import *
from .data import *
from .norm import *
from .callback import *
from .finetune import *

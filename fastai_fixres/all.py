"""The user's API: `from fastai_fixres.all import *` gives what FixRes on a fastai Learner needs.

Importing it adds `fixres_finetune`, `fixres_test_res`, `fixres_plan`, `fixres_to_train_res`, `fixres_remove_map`,
`fixres_compare` and `test_res_sweep` to `Learner`, and registers fastai `model_meta` (where to cut the body, how
to split parameter groups) for the small-image ResNets of `archs`, `mobilenet_v2_offline`, and torchvision's own
`mobilenet_v2`, which fastai leaves unregistered. Data fixtures (`elpv_images`, `fashion_scale_images`), weight
loaders, internals (`TailCache`, `fixres_split`, `PooledHook`, ...) and test helpers (`model_state`, ...) are
imported from their modules."""
from .resolution import fixres_test_res, fixres_train_res, apparent_size_ratio
from .data import get_dls, resize_dls, fixres_recipe, FixResRecipe, FixResTestCrop
from .norm import fixres_parts, FixResParts, adapted_modules
from .archs import resnet18_cifar, resnet34_cifar, resnet50_cifar
from .callback import FixResFreeze, FixResCallback
from .adapt import adapt_bn_stats, install_frechet_map, pooled_features
from . import pretrained as _pretrained, finetune as _finetune   # registers model_meta; patches the Learner methods
from .sweep import default_sweep_sizes, best_res, plot_sweep, pool_stats, plot_pool_stats

__all__ = ["fixres_test_res", "fixres_train_res", "apparent_size_ratio", "get_dls", "resize_dls", "fixres_recipe", "FixResRecipe", "FixResTestCrop", "fixres_parts", "FixResParts", "adapted_modules", "resnet18_cifar", "resnet34_cifar", "resnet50_cifar", "FixResFreeze", "FixResCallback", "adapt_bn_stats", "install_frechet_map", "pooled_features", "default_sweep_sizes", "best_res", "plot_sweep", "pool_stats", "plot_pool_stats"]

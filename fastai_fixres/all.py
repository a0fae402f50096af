"""The user's API: `from fastai_fixres.all import *` gives what FixRes on a fastai Learner needs.

Importing it adds `fixres_finetune`, `fixres_test_res`, `fixres_plan`, `fixres_undo`, `fixres_to_train_res`,
`fixres_remove_map`, `fixres_compare` and `test_res_sweep` to `Learner`, and registers fastai `model_meta` (where to
cut the body, how to split parameter groups) for the package's own small-image ResNets of `archs` only. Data
fixtures, offline weights and the study live in `fastai_fixres.research` (`elpv_images`, `fashion_scale_images`,
`mobilenet_v2_offline`, which registers itself, `study_run`); internals (`TailCache`, `fixres_split`, `PooledHook`,
...) and test helpers (`model_state`, ...) are imported from their modules."""
from .resolution import fixres_test_res, fixres_train_res, apparent_size_ratio
from .data import get_dls, resize_dls, dls_size, fixres_recipe, FixResRecipe, FixResTestCrop
from .norm import fixres_parts, FixResParts, adapted_modules
from .archs import resnet18_cifar, resnet34_cifar, resnet50_cifar
from .callback import FixResFreeze, FixResCallback
from .adapt import adapt_bn_stats, install_frechet_map, pooled_features
from .plan import FixResPlan
from . import finetune as _finetune                # patches the Learner methods
from .sweep import default_sweep_sizes, best_res, plot_sweep, pool_stats, plot_pool_stats

__all__ = ["fixres_test_res", "fixres_train_res", "apparent_size_ratio", "get_dls", "resize_dls", "dls_size", "fixres_recipe", "FixResRecipe", "FixResTestCrop", "fixres_parts", "FixResParts", "adapted_modules", "resnet18_cifar", "resnet34_cifar", "resnet50_cifar", "FixResFreeze", "FixResCallback", "adapt_bn_stats", "install_frechet_map", "pooled_features", "FixResPlan", "default_sweep_sizes", "best_res", "plot_sweep", "pool_stats", "plot_pool_stats"]

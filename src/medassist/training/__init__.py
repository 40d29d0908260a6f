"""Everything that makes and measures an adapter: data preparation, LoRA fine-tuning and sweeps,
export, evaluation, reports and the model card. Built on the model room; never imports the bot room."""

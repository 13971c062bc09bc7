"""A datatrove PipelineStep that cleans Document.text with newsclean.

    from newsclean_step import NewscleanStep
    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), NewscleanStep(), JsonlWriter("out/")])

Each document's text becomes the clean article; its metadata gains `newsclean_title`,
`newsclean_agency`, `newsclean_removed` (lines removed, by pass) and `newsclean_lines_removed`.
A title already in the metadata (key `title`) is used as the headline hint. Documents are
cleaned in batches with `newsclean.clean_many`, which releases the GIL.
"""

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep


class NewscleanStep(PipelineStep):
    name = "newsclean"
    type = "Formatter"

    def __init__(self, batch_size: int = 256, threads: int = 1, mode: str = "balanced",
                 drop_empty: bool = True):
        super().__init__()
        self.batch_size = batch_size
        self.threads = threads  # datatrove already runs one task per core
        self.mode = mode
        self.drop_empty = drop_empty

    def _flush(self, batch):
        import newsclean

        titles = [d.metadata.get("title") if isinstance(d.metadata.get("title"), str) else None
                  for d in batch]
        results = newsclean.clean_many([d.text for d in batch], self.threads,
                                       titles=titles, mode=self.mode)
        for doc, result in zip(batch, results):
            with self.track_time():
                removed = result["stats"]["removed_by_pass"]
                doc.text = result["text"]
                doc.metadata["newsclean_title"] = result["title"]
                doc.metadata["newsclean_agency"] = result["wire"]["agency"]
                doc.metadata["newsclean_removed"] = removed
                doc.metadata["newsclean_lines_removed"] = result["stats"]["lines_removed"]
                self.stat_update("lines_removed", value=result["stats"]["lines_removed"])
                for pass_name, n in removed.items():
                    self.stat_update(f"removed_{pass_name}", value=n)
            if self.drop_empty and not doc.text:
                self.stat_update("dropped_empty")
                continue
            self.stat_update("cleaned")
            yield doc

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        batch = []
        for doc in data:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)

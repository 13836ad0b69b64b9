"""A module."""
import asyncio

# Running tasks, referenced until done (otp-lints OTP301).
_background_tasks = set()


async def handler(msg):
    task_1 = asyncio.create_task(process(msg))  # fire and forget
    _background_tasks.add(task_1)
    task_1.add_done_callback(_background_tasks.discard)
    task = 3
    print(task)


async def other(loop):
    if loop:
        task = asyncio.ensure_future(
            process(1),
        )
        _background_tasks.add(task)
        task.add_done_callback(_background_tasks.discard)

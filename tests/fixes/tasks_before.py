"""A module."""
import asyncio


async def handler(msg):
    asyncio.create_task(process(msg))  # fire and forget
    task = 3
    print(task)


async def other(loop):
    if loop:
        asyncio.ensure_future(
            process(1),
        )

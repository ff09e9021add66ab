"""The playground page as a user sees it: channels, the message box, the bot's messages and buttons."""

from __future__ import annotations

from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

REPLY_WITHIN = 20.0  # seconds; generous for a loaded shared machine, never slept through


# The visible autocomplete choices' labels, read atomically in the page.
_SUGGESTION_LABELS = """
const box = document.getElementById("suggestions");
if (!box || box.hidden || box.offsetParent === null) return [];
return [...box.querySelectorAll('[role="option"] .label')].map((label) => label.innerText);
"""


class PlaygroundPage:
    """Drives the page with the keyboard and clicks, as a person would."""

    def __init__(self, driver: WebDriver, url: str) -> None:
        self.driver = driver
        self.url = url

    def open(self) -> PlaygroundPage:
        self.driver.get(self.url)
        self.wait_for(
            lambda: self.driver.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
        )
        self.wait_for_history()
        return self

    def wait_for(self, condition: object, within: float = REPLY_WITHIN) -> None:
        # The page re-renders messages as they change ("is thinking" replaced by the answer): an element read
        # mid-swap is stale, so that poll is retried rather than failing the test.
        WebDriverWait(
            self.driver, within, poll_frequency=0.05, ignored_exceptions=(StaleElementReferenceException,)
        ).until(lambda _: condition())  # type: ignore[operator]

    # -- where ------------------------------------------------------------
    def channel(self, name: str) -> None:
        """Switch to "#general", "#ask-marquee" or "@Marquee" (the DM)."""
        label = name.replace("#", "# ").replace("@", "@ ")
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "#channels button")
        button = next(b for b in buttons if b.text.startswith(label))
        button.click()
        self.wait_for(lambda: button.get_attribute("aria-current") == "page")
        self.wait_for(lambda: self.title.replace(" ", "") == name)
        self.wait_for_history()

    def wait_for_history(self) -> None:
        """Wait until the current channel's earlier messages are shown (else old replies would look new)."""
        log = self.driver.find_element(By.ID, "log")
        current = self.driver.find_element(By.CSS_SELECTOR, '#channels button[aria-current="page"]')
        self.wait_for(lambda: log.get_attribute("data-loaded") == current.get_attribute("data-channel"))

    @property
    def title(self) -> str:
        return self.driver.find_element(By.ID, "channel-title").text

    def act_as_admin(self, admin: bool = True) -> None:
        """Tick or untick "Act as admin" and wait until the server confirms it."""
        box = self.driver.find_element(By.ID, "admin")
        if box.is_selected() == admin:
            return
        box.click()
        expected = "Admins role" if admin else "plain member"
        self.wait_for(lambda: expected in self.driver.find_element(By.ID, "status").text)

    # -- typing ----------------------------------------------------------
    @property
    def box(self) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, 'textarea[aria-label="Message"]')

    @property
    def value(self) -> str:
        return str(self.box.get_property("value"))

    def type(self, text: str) -> None:
        self.box.send_keys(text)

    def press(self, key: str) -> None:
        self.box.send_keys(key)

    def attach(self, path: Path) -> None:
        self.driver.find_element(By.ID, "file").send_keys(str(path))

    def send(self, text: str) -> WebElement:
        """Type ``text``, press Enter, and return the bot's next message once it has content."""
        before = len(self.bot_messages())
        self.type(text)
        self.press(Keys.ENTER)
        return self.next_bot_message(before)

    def suggestions(self) -> list[str]:
        # Read in one script: the list re-renders as choices arrive, so element handles can go stale.
        labels: list[str] = self.driver.execute_script(_SUGGESTION_LABELS)
        return labels

    def wait_for_suggestion(self, text: str) -> None:
        self.wait_for(lambda: any(text in s for s in self.suggestions()))

    # -- reading -----------------------------------------------------------
    def bot_messages(self) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, '#log article[data-author="bot"]')

    def next_bot_message(self, before: int) -> WebElement:
        def arrived() -> bool:
            messages = self.bot_messages()
            return len(messages) > before and "is thinking" not in messages[-1].text

        self.wait_for(arrived)
        return self.bot_messages()[-1]

    def buttons(self, message: WebElement) -> list[WebElement]:
        return message.find_elements(By.CSS_SELECTOR, ".components button")

    def button(self, message: WebElement, label: str) -> WebElement:
        return next(b for b in self.buttons(message) if b.text == label)
